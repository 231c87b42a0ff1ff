/**
 * Never a recovery phrase: Lifeline never asks for a wallet's recovery phrase (seed phrase, BIP-39 mnemonic) and
 * never keeps one. Every free text it takes is screened ({@link RecoveryPhraseScreen}) against the ten BIP-39 word
 * lists; a text holding a phrase is refused (422 {@code secret-phrase-refused}), neither stored, logged nor echoed, and
 * the refusal is recorded on the account's trail and told to the owner as a warning of the scam. Imports the shared
 * kernel, accounts and the audit trail; the capabilities that take free text import it.
 *
 * <p>The word lists ({@code bip39/*.txt} beside this package's classes) are those of the BIP-39 specification
 * (bitcoin/bips, {@code bip-0039/*.txt}), as the maintained bitcoinjs {@code bip39} library 3.1.2 (ISC) ships them;
 * {@code Bip39WordListsTest} checks each file's SHA-256 against the specification's.
 */
package org.lifeline.secretphrase;
