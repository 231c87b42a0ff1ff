"""A platform's webhook endpoint for the cluster test: answers 204 to every POST and appends one line per delivery,
"<epoch ms> <Lifeline-Notification-Id>", to the file given, so the test can tell whether a notification arrived twice.

    python3 config/cluster/webhook-receiver.py PORT FILE
"""
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
OUT = open(sys.argv[2], "a", buffering=1)


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with LOCK:
            OUT.write("%d %s\n" % (time.time() * 1000, self.headers.get("Lifeline-Notification-Id")))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Receiver).serve_forever()
