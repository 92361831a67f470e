package org.unesco.oer.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unesco.oer.audit.AuditEntry;
import org.unesco.oer.audit.AuditTrail;
import org.unesco.oer.platform.Json;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.unesco.oer.platform.InvalidRequestException;
import org.unesco.oer.platform.Languages;
import org.unesco.oer.platform.NotFoundException;
import org.unesco.oer.registry.MemberStateDtos.MemberStateView;
import org.unesco.oer.registry.MemberStateDtos.RegionChangeView;
import org.unesco.oer.registry.MemberStateDtos.RegionView;

import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the registry and applies administrators' region changes. */
@ApplicationScoped
public class MemberStateService {

    @Inject
    Languages languages;
    @Inject
    RegistryTerms terms;

    public List<MemberStateView> list(String region, String status, String lang) {
        StringBuilder query = new StringBuilder("from MemberState s join fetch s.region r where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (region != null && !region.isBlank()) {
            query.append(" and r.code = :region");
            params.put("region", requireRegion(region.trim().toUpperCase(), "region").code);
        }
        if (status != null && !status.isBlank()) {
            query.append(" and s.status = :status");
            params.put("status", MembershipStatus.fromCode(status.trim()).orElseThrow(
                    () -> new InvalidRequestException("status", "one-of", "member, associate")));
        }
        query.append(" order by s.code");
        return MemberState.<MemberState>find(query.toString(), params).stream()
                .map(s -> MemberStateView.of(s, lang, languages.supported(), terms)).toList();
    }

    public MemberStateView get(String code, String lang) {
        return MemberStateView.of(require(code), lang, languages.supported(), terms);
    }

    public List<RegionView> regions(String lang) {
        Map<String, long[]> counts = new HashMap<>();
        List<Object[]> rows = MemberState.getEntityManager().createQuery(
                "select s.region.code, s.status, count(s) from MemberState s group by s.region.code, s.status", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent((String) row[0], k -> new long[2]);
            c[row[1] == MembershipStatus.MEMBER ? 0 : 1] = (Long) row[2];
        }
        return Region.ordered().stream().map(r -> {
            long[] c = counts.getOrDefault(r.code, new long[2]);
            return new RegionView(r.code, r.name(lang), Languages.inOrder(r.names, languages.supported()), c[0], c[1]);
        }).toList();
    }

    @Inject
    InstantSource clock;
    @Inject
    AuditTrail audit;

    @Transactional
    public MemberStateView changeRegion(String code, String regionCode, String reason, String changedBy, String role) {
        MemberState state = MemberState.findById(code.toUpperCase(), LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            throw new NotFoundException("state", code);
        }
        Region target = requireRegion(regionCode, "region");
        if (!state.region.code.equals(target.code)) {
            RegionChange change = new RegionChange();
            change.stateCode = state.code;
            change.oldRegion = state.region.code;
            change.newRegion = target.code;
            change.reason = reason.strip();
            change.changedBy = changedBy;
            change.changedAt = clock.instant();
            change.persist();
            state.region = target;
            audit.append(changedBy, role, AuditEntry.of("REGION_CHANGED", null, state.code)
                    .values(Json.write(change.oldRegion), Json.write(change.newRegion))
                    .detail(Json.write(Map.of("reason", change.reason))));
        }
        return MemberStateView.of(state, Languages.FALLBACK, languages.supported(), terms);
    }

    public List<RegionChangeView> regionChanges(String code) {
        require(code);
        return RegionChange.forState(code.toUpperCase()).stream().map(RegionChangeView::of).toList();
    }

    MemberState require(String code) {
        MemberState state = code == null ? null : MemberState.findById(code.toUpperCase());
        if (state == null) {
            throw new NotFoundException("state", code);
        }
        return state;
    }

    private static Region requireRegion(String code, String field) {
        Region region = Region.findById(code);
        if (region == null) {
            throw new InvalidRequestException(field, "unknown-value", code, Region.ordered().stream().map(r -> r.code).toList());
        }
        return region;
    }
}
