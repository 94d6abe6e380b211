"""The newsbrief command line (argparse only)."""
