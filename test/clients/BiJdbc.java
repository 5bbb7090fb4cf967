// BiJdbc.java: what a JDBC tool (Metabase, DBeaver, Tableau) sees of shreport.
// Run as: java -cp postgresql.jar BiJdbc.java JDBC-URL USER
// Prints "ok N - ..." / "not ok N - ..." per check and "jdbc: N passed, N failed".
import java.sql.*;
import java.util.*;

public class BiJdbc {
    static int passed = 0, failed = 0, n = 0;

    static void check(boolean ok, String what) {
        n++;
        if (ok) { passed++; System.out.println("ok " + n + " - jdbc: " + what); }
        else { failed++; System.out.println("not ok " + n + " - jdbc: " + what); }
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Properties props = new Properties();
        props.setProperty("user", args[1]);
        // a default connection: no search_path, no driver options
        try (Connection c = DriverManager.getConnection(url, props)) {
            String[] views = {"reports", "sections", "sentences", "figures", "targets", "outcomes", "panel"};
            Set<String> numeric = new HashSet<>(Arrays.asList("value", "value_base", "low", "high",
                "target_low", "target_high", "outcome_value", "gap_value", "excess_value"));
            for (String v : views) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT * FROM shreport_bi." + v)) {
                    ResultSetMetaData md = rs.getMetaData();
                    List<String> other = new ArrayList<>(), notNumeric = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        int t = md.getColumnType(i);
                        String name = md.getColumnName(i);
                        if (t == Types.OTHER || t == Types.STRUCT || t == Types.DISTINCT)
                            other.add(name + ":" + md.getColumnTypeName(i));
                        if (numeric.contains(name) && t != Types.NUMERIC && t != Types.DECIMAL)
                            notNumeric.add(name + ":" + t);
                    }
                    int rows = 0;
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) rs.getObject(i);
                        rows++;
                    }
                    check(other.isEmpty(), "shreport_bi." + v + " has no column of type OTHER " + other);
                    check(notNumeric.isEmpty(), "shreport_bi." + v + " has its numbers as NUMERIC " + notNumeric);
                    check(rows > 0, "shreport_bi." + v + " reads all its rows (" + rows + ")");
                }
            }
            // the sum a BI tool makes: value_base within one dimension
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT sum(value_base) FROM shreport_bi.figures WHERE dimension = ? AND kind = ?")) {
                p.setString(1, "currency_cny");
                p.setString(2, "outcome");
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    java.math.BigDecimal sum = rs.getBigDecimal(1);
                    check(sum != null && sum.signum() > 0, "a filtered sum of value_base is a BigDecimal (" + sum + ")");
                }
            }
            // the typed tables from a default connection: operators and
            // aggregates need no schema; a string parameter needs a cast
            // here, or stringtype=unspecified (below)
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT count(*) FROM shreport.figures WHERE amount = ?::quantity")) {
                p.setString(1, "5%");
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    check(rs.getLong(1) > 0, "setString into a quantity parameter with a cast finds figures");
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT sum(amount)::text, min(amount)::text, max(amount)::text FROM shreport.figures"
                    + " WHERE dimension(amount) = ? AND amount > '1亿元'")) {
                p.setString(1, "currency_cny");
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    check(rs.getString(1) != null && rs.getString(2) != null && rs.getString(3) != null,
                          "sum, min and max of a quantity column from a default connection (" + rs.getString(1) + ")");
                }
            }
        }
        Properties un = new Properties();
        un.setProperty("user", args[1]);
        un.setProperty("stringtype", "unspecified");
        try (Connection c = DriverManager.getConnection(url, un);
             PreparedStatement p = c.prepareStatement(
                 "SELECT count(*) FROM shreport.figures WHERE target @> ? AND amount <> ?")) {
            p.setString(1, "5.5%");
            p.setString(2, "0%");
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                check(rs.getLong(1) > 0, "with stringtype=unspecified setString goes into @> over mixed units");
            }
        }
        System.out.println("jdbc: " + passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
