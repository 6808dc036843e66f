"""Per-person limits on research files, told in words."""

from infoview.limits import admit

MB = 1024 * 1024


def test_files_past_the_limit_are_refused_and_a_replacement_is_not():
    kept = [f"file{i}.csv" for i in range(19)]
    admitted = admit(kept, [("new.csv", 10), ("file3.csv", 10), ("more.csv", 10)])
    assert admitted.names == ("new.csv", "file3.csv")
    assert admitted.refused == (
        "more.csv was not read: you already keep 20 research files, the most InfoView keeps "
        "for one person. Remove one you no longer need, then upload it again.",
    )


def test_uploads_past_the_bytes_read_at_once_wait():
    uploads = [(f"big{i}.csv", 25 * MB) for i in range(6)]
    admitted = admit([], uploads)
    assert admitted.names == ("big0.csv", "big1.csv", "big2.csv", "big3.csv")
    assert [r.split(" was")[0] for r in admitted.refused] == ["big4.csv", "big5.csv"]
    assert admitted.refused[0].endswith(
        "come to more than 100 MB, the most InfoView reads for one person at once. Upload it "
        "again once the others are read."
    )
