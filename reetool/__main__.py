from reetool.cli import main

raise SystemExit(main())
