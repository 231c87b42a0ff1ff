#!/usr/bin/env python3
"""Code tables for verify.lua: what each account's authenticator app shows in each 30-second step.

    codes.py SECRETS OUT SECONDS

SECRETS has one "accountId base32Secret recoveryCode1 .." line per account (what the data loader answers). OUT gets a first line
with the account ids, then one line per step from the current one to the step SECONDS ahead: "step code1 code2 ...",
RFC 6238 with HMAC-SHA1, six digits, 30-second steps (the server's defaults).
"""
import base64
import hashlib
import hmac
import struct
import sys
import time

PERIOD = 30


def code(key: bytes, step: int) -> str:
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


def main(secrets_path: str, out_path: str, seconds: int) -> None:
    accounts, keys = [], []
    with open(secrets_path) as secrets:
        for line in secrets:
            if line.strip():
                account, secret = line.split()[:2]
                accounts.append(account)
                keys.append(base64.b32decode(secret + "=" * (-len(secret) % 8)))
    first = int(time.time()) // PERIOD
    with open(out_path, "w") as out:
        out.write(" ".join(accounts) + "\n")
        for step in range(first, first + seconds // PERIOD + 2):
            out.write(str(step) + " " + " ".join(code(key, step) for key in keys) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
