// The live tie index compared with a fresh build from the store (the soak's last check): at most 100
// differences, none when the index equals the store. No row when the database has no live index.
CALL tsunagari.index.check() YIELD differences
RETURN differences
