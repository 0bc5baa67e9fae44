from werkplaats.cli import main

main()
