"""The lock file's payload is written without the json module (cold
start) and must read back with json exactly as json.dumps would have written it."""
from __future__ import annotations

import json
import socket

from kompetence_desktop.storage import locking


def test_json_str_round_trips_every_kind_of_character():
    for text in ("", "anne", 'a"b\\c', "Søren Æbelø", "tab\there\nnew\x00\x1f\x7f", "emoji 😀 𝄞", "\u2028\ud7ff\ue000"):
        assert json.loads(locking._json_str(text)) == text
        assert locking._json_str(text) == json.dumps(text)


def test_payload_is_the_json_the_lock_readers_expect(monkeypatch):
    monkeypatch.setenv("LOGNAME", 'Bo "B" Ærø')
    info = json.loads(locking._payload("abc123"))
    assert info["host"] == socket.gethostname() == locking.hostname()
    assert info["user"] == 'Bo "B" Ærø'
    assert info["token"] == "abc123"
    assert isinstance(info["pid"], int) and isinstance(info["since"], float)


def test_acquired_lock_file_names_this_host_and_a_fresh_token(tmp_path):
    target = tmp_path / "t.kompetence"
    target.write_bytes(b"")
    h = locking.acquire(target)
    try:
        info = locking.read_owner(target)
        assert info["host"] == socket.gethostname()
        assert info["token"] == h.token and len(h.token) == 32
        assert h.still_ours()
        assert locking.describe_owner(target).startswith("Filen er allerede åbnet i et andet vindue")
    finally:
        h.release()
    assert locking.read_owner(target) is None
