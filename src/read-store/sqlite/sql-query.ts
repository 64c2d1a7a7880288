import type { FindQuery, Scalar } from '../read-store';

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type SqlValue = string | number | null;

export function fieldExpression(field: string): string {
  if (field === '_id') return 'id';
  if (!FIELD.test(field)) throw new Error(`Not a queryable field name: ${field}`);
  return `json_extract(doc, '$.${field}')`;
}

/** SQLite's JSON functions give booleans as 0 and 1. */
const toSql = (value: Scalar): SqlValue => (typeof value === 'boolean' ? (value ? 1 : 0) : value);

/** WHERE and ORDER BY for a find query, with its parameters. */
export function compileFind(query: FindQuery): { sql: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  for (const [field, condition] of Object.entries(query.where ?? {})) {
    const column = fieldExpression(field);
    if (condition !== null && typeof condition === 'object' && 'from' in condition) {
      clauses.push(`${column} BETWEEN ? AND ?`);
      params.push(condition.from, condition.to);
    } else if (condition !== null && typeof condition === 'object') {
      if (condition.in.length === 0) clauses.push('0');
      else clauses.push(`${column} IN (${condition.in.map(() => '?').join(', ')})`);
      params.push(...condition.in.map(toSql));
    } else if (condition === null) clauses.push(`${column} IS NULL`);
    else {
      clauses.push(`${column} = ?`);
      params.push(toSql(condition));
    }
  }
  const order = query.orderBy === undefined ? 'id' : fieldExpression(query.orderBy);
  const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
  if (query.after !== undefined) {
    clauses.push(`${order} ${direction === 'ASC' ? '>' : '<'} ?`);
    params.push(query.after);
  }
  const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
  // `_id` breaks ties, unless it is the order: repeated, SQLite would sort by it once more.
  const tiebreak = order === 'id' ? '' : `, id ${direction}`;
  let sql = `${where} ORDER BY ${order} ${direction}${tiebreak}`;
  if (query.limit !== undefined) {
    sql += ' LIMIT ?';
    params.push(query.limit);
  }
  return { sql, params };
}
