"""The frozen app's entry script."""

import sys

from volunteer_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
