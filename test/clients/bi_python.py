"""bi_python.py: what Python clients see of shreport (psycopg 3, SQLAlchemy,
psqlODBC through pyodbc).  Run as: python3 bi_python.py DBNAME
Prints "ok N - ..." / "not ok N - ..." per check and "python: N passed, N failed"."""
import sys

import psycopg

DB = sys.argv[1]
results = []


def check(ok, what):
    results.append(bool(ok))
    print(("ok" if ok else "not ok") + " %d - %s" % (len(results), what))


def test_psycopg():
    with psycopg.connect(dbname=DB) as conn:
        # binary results: the types' send functions, read back as bytes
        with conn.cursor(binary=True) as cur:
            cur.execute("SELECT amount, target FROM shreport.figures ORDER BY report_id, figure_no LIMIT 50")
            rows = cur.fetchall()
            check(len(rows) == 50 and all(isinstance(a, bytes) and a[0] == 1 for a, _ in rows),
                  "psycopg: binary cursor reads quantity in its versioned wire format")
        # binary COPY out and in again: the values come back equal
        conn.execute("CREATE TEMP TABLE copy_src AS SELECT report_id, figure_no, amount, target FROM shreport.figures")
        conn.execute("CREATE TEMP TABLE copy_dst (LIKE copy_src)")
        data = bytearray()
        with conn.cursor().copy("COPY copy_src TO STDOUT (FORMAT binary)") as cp:
            for chunk in cp:
                data += chunk
        with conn.cursor().copy("COPY copy_dst FROM STDIN (FORMAT binary)") as cp:
            cp.write(bytes(data))
        same = conn.execute(
            "SELECT count(*) FROM copy_src s JOIN copy_dst d USING (report_id, figure_no)"
            " WHERE s.amount = d.amount AND s.target = d.target"
            " AND s.amount::text = d.amount::text AND s.target::text = d.target::text").fetchone()[0]
        total = conn.execute("SELECT count(*) FROM copy_src").fetchone()[0]
        check(total > 0 and same == total, "psycopg: binary COPY round trip keeps every quantity and target (%d)" % total)
        # a binary COPY of bytes that are no quantity is refused, not stored
        try:
            with conn.transaction():
                with conn.cursor().copy("COPY copy_dst FROM STDIN (FORMAT binary)") as cp:
                    cp.write(bytes(data).replace(b"\x00\x00\x00\x0e\x01", b"\x00\x00\x00\x0e\x09", 1))
            check(False, "psycopg: bad binary input is refused")
        except psycopg.Error as e:
            check(e.sqlstate == "22P03", "psycopg: bad binary input is refused with 22P03 (%s)" % e.sqlstate)


def test_sqlalchemy():
    import sqlalchemy as sa
    from sqlalchemy.types import NullType
    # SQLAlchemy 1.4 (Superset's) speaks psycopg2
    eng = sa.create_engine("postgresql+psycopg2://", connect_args={"dbname": DB})
    insp = sa.inspect(eng)
    views = insp.get_view_names(schema="shreport_bi")
    check(sorted(views) == ["figures", "outcomes", "panel", "reports", "sections", "sentences", "targets"],
          "sqlalchemy: reflects the views of shreport_bi")
    bad = ["%s.%s" % (v, c["name"]) for v in views for c in insp.get_columns(v, schema="shreport_bi")
           if isinstance(c["type"], NullType)]
    check(not bad, "sqlalchemy: no column of shreport_bi reflects as NullType %s" % bad)
    num = {c["name"]: c["type"] for c in insp.get_columns("figures", schema="shreport_bi")}
    check(isinstance(num["value"], sa.Numeric) and isinstance(num["value_base"], sa.Numeric),
          "sqlalchemy: value and value_base are Numeric")
    eng.dispose()


def test_odbc():
    import pyodbc
    import os
    conn = pyodbc.connect("DRIVER={PostgreSQL Unicode};Servername=127.0.0.1;Port=%s;Database=%s;"
                          "UserName=%s;MaxLongVarcharSize=65536;BoolsAsChar=0" % (os.environ["PGPORT"], DB,
                                                                                os.environ["PGUSER"]))
    cur = conn.cursor()
    cur.execute("SELECT figure_no, sentence, amount_text, value FROM shreport_bi.figures ORDER BY report_id, figure_no")
    rows = cur.fetchall()
    with psycopg.connect(dbname=DB) as pg:
        want = pg.execute("SELECT sentence, amount_text FROM shreport_bi.figures ORDER BY report_id, figure_no").fetchall()
    check(len(rows) == len(want) and len(rows) > 0, "odbc: reads every figure (%d)" % len(rows))
    check(all(r[1] == w[0] and r[2] == w[1] for r, w in zip(rows, want)),
          "odbc: sentences and amounts arrive whole, in Chinese, not truncated")
    cur.execute("SELECT text FROM shreport_bi.sentences ORDER BY report_id, sentence_no")
    texts = [r[0] for r in cur.fetchall()]
    with psycopg.connect(dbname=DB) as pg:
        want = [r[0] for r in pg.execute("SELECT text FROM shreport_bi.sentences ORDER BY report_id, sentence_no")]
    check(texts == want and max(len(t) for t in texts) > 255,
          "odbc: sentences longer than 255 characters arrive whole (longest %d)" % max(len(t) for t in texts))
    from decimal import Decimal
    check(all(isinstance(r[3], Decimal) for r in rows), "odbc: value arrives as a decimal number")
    cur.execute("SELECT is_change FROM shreport_bi.figures LIMIT 1")
    check(isinstance(cur.fetchone()[0], bool), "odbc: with BoolsAsChar=0 a boolean arrives as a boolean")
    conn.close()


for test in (test_psycopg, test_sqlalchemy, test_odbc):
    try:
        test()
    except Exception as e:  # a client that breaks is a failure, with its reason
        check(False, "%s: %s: %s" % (test.__name__, type(e).__name__, e))
passed = sum(results)
print("python: %d passed, %d failed" % (passed, len(results) - passed))
sys.exit(0 if passed == len(results) else 1)
