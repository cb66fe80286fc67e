#!/usr/bin/env python3
"""Checks an Integrity Case Manager audit log export offline, with Python's standard library and openssl only.

    python3 verify-audit-log.py --export log.txt --tree-head head.note --public-key key.pem \
        [--fingerprint SHA256:<hex>] [--inclusion proof.json] [--consistency proof.json --old-tree-head old.note]
        [--handover handover.note --previous-key old.pem]

The formats are in docs/audit-log-format.md (§2 hashes, §7 tree, tree heads and export). Exit code 0 when every
check passes, 1 with the first failure (and its position) on stderr. It uses no code of the project.
"""
import argparse
import base64
import hashlib
import json
import os
import subprocess
import sys
import tempfile

GENESIS = "0" * 64


def fail(message):
    print("FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def sha256(data):
    return hashlib.sha256(data).digest()


def leaf_hash(event_hash_hex):
    return sha256(b"\x00" + event_hash_hex.encode("ascii"))


def node_hash(left, right):
    return sha256(b"\x01" + left + right)


def mth(leaves):
    """RFC 9162 §2.1.1 Merkle Tree Hash."""
    if not leaves:
        return sha256(b"")
    if len(leaves) == 1:
        return leaves[0]
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return node_hash(mth(leaves[:k]), mth(leaves[k:]))


def verify_inclusion(index, size, leaf, path, root):
    """RFC 9162 §2.1.3.2."""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(first, second, first_root, second_root, proof):
    """RFC 9162 §2.1.4.2."""
    if first < 1 or first > second:
        return False
    if first == second:
        return not proof and first_root == second_root
    path = list(proof)
    if first & (first - 1) == 0:
        path.insert(0, first_root)
    if not path:
        return False
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == first_root and sr == second_root


def public_key_der(pem_path):
    with open(pem_path, "r", encoding="ascii") as f:
        lines = [line.strip() for line in f if line.strip() and not line.startswith("-----")]
    return base64.b64decode("".join(lines))


def read_tree_head(path, pem_path):
    """Parses a C2SP signed note and checks its key hash and (with openssl) its Ed25519 signature."""
    with open(path, "rb") as f:
        note = f.read().decode("utf-8")
    parts = note.split("\n")
    if len(parts) != 6 or parts[3] != "" or parts[5] != "" or not parts[4].startswith("\u2014 "):
        fail(path + " is not a signed tree head note")
    origin, size, root = parts[0], int(parts[1]), base64.b64decode(parts[2])
    name, signature_b64 = parts[4][2:].split(" ")
    signature = base64.b64decode(signature_b64)
    raw_key = public_key_der(pem_path)[-32:]
    if name != origin or len(signature) != 68:
        fail(path + ": not signed by the trusted key")
    if signature[:4] != sha256(name.encode("utf-8") + b"\n" + b"\x01" + raw_key)[:4]:
        fail(path + ": not signed by the trusted key")
    body = "\n".join(parts[:3]) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        body_file, sig_file = os.path.join(tmp, "body"), os.path.join(tmp, "sig")
        with open(body_file, "wb") as f:
            f.write(body.encode("utf-8"))
        with open(sig_file, "wb") as f:
            f.write(signature[4:])
        checked = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pem_path, "-rawin",
                                  "-in", body_file, "-sigfile", sig_file], capture_output=True)
    if checked.returncode != 0:
        fail(path + ": not signed by the trusted key")
    return size, root


def openssl_verify(pem_path, message, signature):
    with tempfile.TemporaryDirectory() as tmp:
        body_file, sig_file = os.path.join(tmp, "body"), os.path.join(tmp, "sig")
        with open(body_file, "wb") as f:
            f.write(message)
        with open(sig_file, "wb") as f:
            f.write(signature)
        checked = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pem_path, "-rawin",
                                  "-in", body_file, "-sigfile", sig_file], capture_output=True)
    return checked.returncode == 0


def fingerprint(pem_path):
    return "SHA256:" + hashlib.sha256(public_key_der(pem_path)).hexdigest()


def check_handover(path, previous_pem, new_pem):
    """The previous key signed 'icm.audit.key-handover.v1 / old <fp> / new <fp>' (docs/audit-log-format.md §7.4)."""
    with open(path, "rb") as f:
        parts = f.read().decode("utf-8").split("\n")
    if (len(parts) != 6 or parts[0] != "icm.audit.key-handover.v1" or parts[3] != "" or parts[5] != ""
            or parts[1] != "old " + fingerprint(previous_pem) or parts[2] != "new " + fingerprint(new_pem)
            or not parts[4].startswith("\u2014 ")):
        fail("the key hand-over is not signed by the previous key for this key")
    name, signature_b64 = parts[4][2:].split(" ")
    signature = base64.b64decode(signature_b64)
    raw_key = public_key_der(previous_pem)[-32:]
    if (len(signature) != 68 or signature[:4] != sha256(name.encode("utf-8") + b"\n" + b"\x01" + raw_key)[:4]
            or not openssl_verify(previous_pem, ("\n".join(parts[:3]) + "\n").encode("utf-8"), signature[4:])):
        fail("the key hand-over is not signed by the previous key for this key")
    print("OK: key %s handed over by %s" % (fingerprint(new_pem), fingerprint(previous_pem)))


def walk_export(path):
    """Re-hashes every line, checks seq and prev_hash; returns the event hashes in order."""
    with open(path, "rb") as f:
        data = f.read()
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    hashes, prev = [], GENESIS
    for i, line in enumerate(lines):
        expected_seq = i + 1
        try:
            event = json.loads(line.decode("utf-8"))
        except ValueError:
            fail("line %d (seq %d) is not valid JSON: the event was altered" % (expected_seq, expected_seq))
        if event.get("seq") != expected_seq:
            fail("seq %d expected at line %d, found %r: an event was deleted, inserted or moved"
                 % (expected_seq, expected_seq, event.get("seq")))
        if event.get("prev_hash") != prev:
            fail("seq %d does not follow seq %d (prev_hash differs): event %d or %d was altered"
                 % (expected_seq, expected_seq - 1, expected_seq - 1, expected_seq))
        prev = hashlib.sha256(prev.encode("ascii") + line).hexdigest()
        hashes.append(prev)
    return hashes


def main():
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--export", required=True)
    arguments.add_argument("--tree-head", required=True)
    arguments.add_argument("--public-key", required=True)
    arguments.add_argument("--fingerprint")
    arguments.add_argument("--inclusion")
    arguments.add_argument("--consistency")
    arguments.add_argument("--old-tree-head")
    arguments.add_argument("--handover")
    arguments.add_argument("--previous-key")
    options = arguments.parse_args()

    published = options.public_key
    if options.handover:
        if not options.previous_key:
            fail("--handover needs --previous-key")
        check_handover(options.handover, options.previous_key, options.public_key)
        published = options.previous_key
    if options.fingerprint:
        actual = fingerprint(published)
        if actual != options.fingerprint:
            fail("the public key's fingerprint is not the published " + options.fingerprint)
    size, root = read_tree_head(options.tree_head, options.public_key)
    hashes = walk_export(options.export)
    if len(hashes) < size:
        fail("the export ends at seq %d but the signed tree head covers %d events: truncated" % (len(hashes), size))
    leaves = [leaf_hash(h) for h in hashes]
    if mth(leaves[:size]) != root:
        fail("the first %d events do not give the signed root: an event up to seq %d was altered" % (size, size))
    print("OK: %d events re-hashed; the first %d match the signed tree head" % (len(hashes), size))

    if options.inclusion:
        with open(options.inclusion, encoding="utf-8") as f:
            proof = json.load(f)
        seq, tree_size = proof["seq"], proof["treeSize"]
        if tree_size != size:
            fail("the inclusion proof is for tree size %d, the tree head for %d" % (tree_size, size))
        if not verify_inclusion(seq - 1, size, leaves[seq - 1], [bytes.fromhex(p) for p in proof["path"]], root):
            fail("seq %d: the inclusion proof does not lead to the signed root" % seq)
        print("OK: event %d is included in the signed tree of %d" % (seq, size))

    if options.consistency:
        old_size, old_root = read_tree_head(options.old_tree_head, options.public_key)
        with open(options.consistency, encoding="utf-8") as f:
            proof = json.load(f)
        if (proof["first"], proof["second"]) != (old_size, size):
            fail("the consistency proof is for %d -> %d, not %d -> %d"
                 % (proof["first"], proof["second"], old_size, size))
        if not verify_consistency(old_size, size, old_root, root, [bytes.fromhex(p) for p in proof["path"]]):
            fail("the log of %d events is not an extension of the signed log of %d events" % (size, old_size))
        print("OK: the signed tree of %d extends the signed tree of %d" % (size, old_size))


if __name__ == "__main__":
    main()
