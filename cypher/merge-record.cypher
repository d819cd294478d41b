// An earlier merge of $merge, if any (so repeating a merge answers the same).
MATCH (r:MergeRecord {id: 'merge:' + $merge})
RETURN r.keep AS keep, r.movedClaims AS movedClaims, r.aliasesAdded AS aliasesAdded
