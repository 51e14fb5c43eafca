"""Writing a build's output folder so that a kill or a full disk never costs the last good outputs.

Every output is first written under a staging folder inside the output
folder (``.kgraph-tmp-*``, same file system), then renamed into place
(``os.replace``, atomic per file), the ``docs/`` folder swapped as a whole,
and outputs of an earlier build that this one did not write are removed: the
folder holds one build's outputs, never a mix and never a cut file. A kill
during writing leaves the previous outputs as they were (and a staging folder
that the next build removes). Files in the output folder that kgraph does not
write are left alone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kgraph.errors import KGraphError

__all__ = ["atomic_write", "check_output_folder", "replace_outputs", "STAGING_PREFIX"]

STAGING_PREFIX = ".kgraph-tmp-"


def atomic_write(path: str | Path, write: Callable[[Path], Any]) -> Path:
    """Call ``write(tmp)`` for a temporary file beside ``path``, then rename it to ``path``.

    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = atomic_write(Path(tmp) / "a.txt", lambda p: p.write_text("xin chào", encoding="utf-8"))
    ...     out.read_text(encoding="utf-8"), sorted(x.name for x in Path(tmp).iterdir())
    ('xin chào', ['a.txt'])
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=STAGING_PREFIX, suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def check_output_folder(outdir: str | Path) -> Path:
    """The output folder, or a KGraphError before anything is extracted or written."""
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise KGraphError(f"-o must be a folder; {outdir} is a file")
    docs = outdir / "docs"
    if docs.is_dir():
        foreign = sorted(p.name for p in docs.iterdir() if p.suffix != ".json" or not p.is_file())
        if foreign:
            raise KGraphError(f"{docs} holds files kgraph does not write ({', '.join(foreign[:3])}); a build replaces "
                              "that folder as a whole: move them, or choose another -o")
    return outdir


def replace_outputs(outdir: str | Path, write: Callable[[Path], list[str]], owned: list[str]) -> None:
    """Stage a build's outputs with ``write(staging)``, then move them into ``outdir``.

    ``write`` returns the names (files, or the folder ``docs``) it wrote at the
    top of the staging folder. ``owned`` lists every name a build may write:
    those this build did not write are removed, so no stale output remains.
    """
    outdir = check_output_folder(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for leftover in outdir.glob(STAGING_PREFIX + "*"):  # from a build that was killed
        shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=outdir))
    try:
        written = write(staging)
        for name in written:  # the commit: renames only, no writing
            target, fresh = outdir / name, staging / name
            if fresh.is_dir():
                if target.exists():
                    os.replace(target, staging / (name + ".old"))
                os.replace(fresh, target)
            else:
                os.replace(fresh, target)
        for name in owned:
            if name not in written:
                stale = outdir / name
                shutil.rmtree(stale) if stale.is_dir() else stale.unlink(missing_ok=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
