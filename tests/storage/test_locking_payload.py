"""The lock file's payload: who holds the file, as JSON that reads back with any
character in the names."""
from __future__ import annotations

import json
import socket

from kompetence_desktop.storage import locking


def test_payload_round_trips_every_kind_of_character(monkeypatch):
    for text in ("", "anne", 'a"b\\c', "Søren Æbelø", "tab\there\nnew\x00\x1f\x7f", "emoji 😀 𝄞", "\u2028\ud7ff\ue000"):
        monkeypatch.setattr(locking, "_user", lambda text=text: text)
        payload = locking._payload("abc123")
        assert json.loads(payload)["user"] == text
        assert json.dumps(text).encode() in payload  # ASCII-only JSON, as json.dumps writes it


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
