// Restores accounts as a file holds them, rows {id, props}: each account's properties replaced by row.props,
// its token hash among them. It creates no token; accounts the file does not name are left as they are.
UNWIND $rows AS row
MERGE (a:Account {id: row.id})
SET a = row.props
RETURN count(a) AS written
