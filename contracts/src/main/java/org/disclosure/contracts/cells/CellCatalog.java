package org.disclosure.contracts.cells;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosure.contracts.report.FormatVersion;

/** The platform's vocabulary: every canonical cell key, loaded from the project's copy of cells.tsv. */
public final class CellCatalog {

    private static final String RESOURCE = "/org/disclosure/contracts/cells.tsv";
    private static final CellCatalog INSTANCE = load();

    private final Map<String, CellDefinition> byKey;

    private CellCatalog(Map<String, CellDefinition> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    public static CellCatalog standard() {
        return INSTANCE;
    }

    /** All cells in the order of cells.tsv. */
    public List<CellDefinition> all() {
        return List.copyOf(byKey.values());
    }

    public List<CellDefinition> forFormat(FormatVersion format) {
        List<CellDefinition> cells = new ArrayList<>();
        for (CellDefinition cell : byKey.values()) {
            if (cell.formats().contains(format)) cells.add(cell);
        }
        return cells;
    }

    public Optional<CellDefinition> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    private static CellCatalog load() {
        try (InputStream in = CellCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, CellDefinition> cells = new LinkedHashMap<>();
            reader.readLine(); // header: key, formats, meaning
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) continue;
                String[] columns = line.split("\t", 3);
                Set<FormatVersion> formats = EnumSet.noneOf(FormatVersion.class);
                for (String format : columns[1].split(",")) formats.add(FormatVersion.of(format.trim()));
                cells.put(columns[0], new CellDefinition(columns[0], formats, columns[2]));
            }
            return new CellCatalog(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
