"""Rule tables as data: lexicons and patterns the recognisers load, one file a table."""
