import sys

from briefing_app.cli import main

sys.exit(main())
