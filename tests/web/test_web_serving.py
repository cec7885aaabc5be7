"""`quizgen serve`'s gunicorn settings: every key is one gunicorn knows, and the workers'
heartbeat file lives on tmpfs where there is one (on disk it costs an inode write per request)."""

from __future__ import annotations

import pytest

from quizgen.web import serving

gunicorn_config = pytest.importorskip("gunicorn.config", reason="gunicorn is installed on POSIX only")


def test_every_setting_is_a_gunicorn_setting_with_the_value_given():
    settings = serving.gunicorn_settings("127.0.0.1:8123", workers=3, threads=5)
    config = gunicorn_config.Config()
    for key, value in settings.items():
        config.set(key, value)  # raises AttributeError for a key gunicorn does not know
    assert (config.workers, config.threads, config.bind) == (3, 5, ["127.0.0.1:8123"])
    assert config.worker_class_str == "gthread" and config.preload_app


def test_heartbeat_on_tmpfs_when_there_is_one(tmp_path, monkeypatch):
    monkeypatch.setattr(serving, "HEARTBEAT_DIR", str(tmp_path))
    assert serving.gunicorn_settings("127.0.0.1:1")["worker_tmp_dir"] == str(tmp_path)
    monkeypatch.setattr(serving, "HEARTBEAT_DIR", str(tmp_path / "absent"))
    assert "worker_tmp_dir" not in serving.gunicorn_settings("127.0.0.1:1")
