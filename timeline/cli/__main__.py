"""`python -m timeline.cli`, the same as `python -m timeline`."""

from timeline.__main__ import main

if __name__ == "__main__":
    main()
