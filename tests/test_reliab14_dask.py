"""A Dask run stopped by SIGTERM counts every output its workers wrote, and its workers write no more
(before: the outcomes of the tasks in flight were dropped, "cleaned 0" with 64 outputs on disk)."""

from __future__ import annotations

import time

import pytest

from test_reliab14_stops import assert_counted, pages, stopped_run

pytestmark = pytest.mark.xdist_group("dask")


@pytest.fixture(scope="module")
def scheduler():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_a_stopped_dask_run_counts_what_its_workers_wrote_and_they_write_no_more(tmp_path, scheduler):
    src, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.json"
    texts = pages(src, 600)
    code, err = stopped_run(src, out, report, "--executor", "dask", "--scheduler", scheduler, outputs=20)
    assert code == 143, err
    files = assert_counted(out, report, texts)
    assert 20 <= files["cleaned"] < len(texts)
    time.sleep(1)  # what a task still on the cluster would write
    assert len(list(out.glob("*.txt"))) == files["cleaned"]
