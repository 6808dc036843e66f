"""A read the reader pool stopped is never kept: uploading the same file again reads it again."""

from infoview.research import Issue, ResearchFile
from infoview.research.issues import ERROR
from infoview.ui import loaders


def test_a_stopped_read_is_read_again_and_a_good_one_is_kept(monkeypatch):
    answers = [
        ResearchFile(
            file="retry.csv", error=Issue("file-too-slow", ERROR, "too slow", file="retry.csv")
        ),
        ResearchFile(file="retry.csv"),
    ]
    calls = []

    def reader(name, data):
        calls.append(name)
        return answers[len(calls) - 1]

    monkeypatch.setattr(loaders, "read_research_isolated", reader)
    loaders._read_kept.clear()
    data = b"a,b\n1,2\n"
    assert loaders.read_cached("retry.csv", data).error.code == "file-too-slow"
    assert loaders.read_cached("retry.csv", data).error is None
    assert loaders.read_cached("retry.csv", data).error is None
    assert calls == ["retry.csv", "retry.csv"]
