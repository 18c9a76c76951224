"""The commands of the `tradebot` command line, one module each."""
