"""``skrivbord`` with no arguments starts the GUI; with a subcommand it is the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        return main_gui([])
    from skrivbord import cli

    return cli.main(argv)


def main_gui(argv: list[str] | None = None) -> int:
    from skrivbord.ui import app

    return app.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
