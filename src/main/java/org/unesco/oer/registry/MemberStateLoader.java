package org.unesco.oer.registry;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.unesco.oer.platform.Json;
import org.unesco.oer.platform.Languages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the shipped registry file at start-up. Idempotent: missing states are inserted, names
 * follow the terms files ({@code terms/<lang>.json}, one per configured language), and region,
 * status and language are left alone once loaded (administrators and the Secretariat own them).
 * Region names follow the terms files too; a cycle that lacks a title in a configured language
 * gets the terms file's {@code cycle.<code>} if there is one (titles set by an administrator win).
 */
@ApplicationScoped
public class MemberStateLoader {

    static final String RESOURCE = "registry/member-states.csv";
    private static final List<String> HEADER = List.of("code", "region", "status", "language");
    private static final Logger LOG = Logger.getLogger(MemberStateLoader.class);

    @Inject
    EntityManager em;
    @Inject
    RegistryTerms terms;
    @Inject
    Languages languages;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        List<List<String>> rows = readRows();
        Map<String, Map<String, String>> all = terms.all();
        List<String> problems = new ArrayList<>();
        for (List<String> row : rows) {
            if (all.get(Languages.FALLBACK).get("state." + row.get(0)) == null) {
                problems.add("state." + row.get(0));
            }
            if (!languages.isSupported(row.get(3))) {
                throw new IllegalStateException(RESOURCE + ": " + row.get(0) + " is written to in '" + row.get(3)
                        + "', which is not configured in oer.languages " + languages.supported());
            }
        }
        @SuppressWarnings("unchecked")
        List<String> regions = em.createNativeQuery("select code from region order by sort_order").getResultList();
        regions.stream().filter(code -> all.get(Languages.FALLBACK).get("region." + code) == null)
                .forEach(code -> problems.add("region." + code));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(RegistryTerms.DIRECTORY + Languages.FALLBACK + ".json: missing " + problems);
        }
        // one statement each, and rows written only when something changed: a restart writes nothing
        List<Map<String, Object>> states = new ArrayList<>();
        for (List<String> row : rows) {
            states.add(Map.of("code", row.get(0), "names", names(all, "state." + row.get(0)), "region_code", row.get(1),
                    "status", row.get(2).toUpperCase(), "language", row.get(3)));
        }
        em.createNativeQuery("""
                insert into member_state (code, names, region_code, status, language)
                select code, names, region_code, status, language
                from jsonb_to_recordset(cast(?1 as jsonb)) as s(code text, names jsonb, region_code text, status text, language text)
                on conflict (code) do update set names = member_state.names || excluded.names
                where member_state.names is distinct from member_state.names || excluded.names
                """).setParameter(1, Json.write(states)).executeUpdate();
        Map<String, Map<String, String>> regionNames = new LinkedHashMap<>();
        regions.forEach(region -> regionNames.put(region, names(all, "region." + region)));
        em.createNativeQuery("""
                update region r set names = r.names || n.value from jsonb_each(cast(?1 as jsonb)) n
                where r.code = n.key and r.names is distinct from r.names || n.value
                """).setParameter(1, Json.write(regionNames)).executeUpdate();
        // cycle titles from the terms files fill in languages a cycle lacks (what is stored wins)
        Map<String, Map<String, String>> cycleTitles = new LinkedHashMap<>();
        all.forEach((language, texts) -> texts.forEach((key, text) -> {
            if (key.startsWith("cycle.")) {
                cycleTitles.computeIfAbsent(key.substring(6), k -> new LinkedHashMap<>()).put(language, text);
            }
        }));
        em.createNativeQuery("""
                update reporting_cycle c set titles = n.value || c.titles from jsonb_each(cast(?1 as jsonb)) n
                where c.code = n.key and c.titles is distinct from n.value || c.titles
                """).setParameter(1, Json.write(cycleTitles)).executeUpdate();
        LOG.infof("Member-state registry: %d states in the data file, names in %s", rows.size(), all.keySet());
    }

    private static Map<String, String> names(Map<String, Map<String, String>> all, String key) {
        Map<String, String> names = new LinkedHashMap<>();
        all.forEach((language, texts) -> names.put(language, texts.get(key)));
        return names;
    }

    static List<List<String>> readRows() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Registry data file missing from the classpath: " + RESOURCE);
            }
            List<List<String>> rows = CsvReader.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
                throw new IllegalStateException(RESOURCE + ": expected header " + String.join(",", HEADER));
            }
            List<List<String>> data = rows.subList(1, rows.size());
            for (int i = 0; i < data.size(); i++) {
                List<String> row = data.get(i);
                if (row.size() != HEADER.size() || row.stream().anyMatch(String::isBlank)
                        || MembershipStatus.fromCode(row.get(2)).isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": line " + (i + 2) + " is malformed: " + row);
                }
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
