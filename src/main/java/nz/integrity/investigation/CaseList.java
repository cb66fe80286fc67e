package nz.integrity.investigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import nz.integrity.audit.AuditTrail;
import nz.integrity.audit.AuditedAction;
import nz.integrity.platform.ValidationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case list, within the caller's need-to-know scope. Pages are fetched by keyset with one extra row to know
 * whether another page exists, so the cost of a page does not grow with the number of cases and no count runs.
 */
@ApplicationScoped
public class CaseList {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    AuditTrail audit;

    @Transactional
    public CasePage page(CaseFilter filter, CaseSort sort, CaseCursor after, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ValidationException("size", "A page has 1 to " + MAX_PAGE_SIZE + " cases.");
        }
        if (after != null && after.sort() != sort) {
            throw new ValidationException("after", "The page token belongs to another sort order.");
        }
        CaseScope scope = access.requireScope();
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        // Team and assignee filters are resolved to ids first, and the access condition is stated in the simplest
        // equivalent form, so the database reads one index in id order instead of filtering or sorting every case
        // of a team or person: "team = T" (one of mine) implies access; another team shows only my assignments;
        // "assignee = me" implies access; "assignee = A" (not me) is visible exactly where T is one of my teams.
        Long me = scope.member().id();
        Long teamId = filter.teamCode() == null ? null : idOrNone(
                "select t.id from Team t where t.code = :key", filter.teamCode());
        Long assigneeId = filter.assignee() == null ? null : idOrNone(
                "select s.id from StaffMember s where s.username = :key", filter.assignee());
        boolean onlyMine = filter.mineOnly() || scope.teamIds().isEmpty()
                || (teamId != null && !scope.teamIds().contains(teamId)) || me.equals(assigneeId);
        if (onlyMine) {
            where.add("c.assignedInvestigator.id = :me");
            parameters.put("me", me);
        } else if (teamId == null && assigneeId != null) {
            where.add("c.team.id in :teams");
            parameters.put("teams", scope.teamIds());
        } else if (teamId == null) {
            where.add("(c.team.id in :teams or c.assignedInvestigator.id = :me)");
            parameters.put("teams", scope.teamIds());
            parameters.put("me", me);
        }
        if (teamId != null) {
            where.add("c.team.id = :teamId");
            parameters.put("teamId", teamId);
        }
        if (assigneeId != null) {
            where.add("c.assignedInvestigator.id = :assigneeId");
            parameters.put("assigneeId", assigneeId);
        }
        addFilters(filter, where, parameters);
        if (after != null) {
            String op = sort.descending ? "<" : ">";
            if (sort.path.equals("c.id")) {
                where.add("c.id " + op + " :afterId");
            } else {
                // The leading "key <= last key" (or >=) is implied by the rest but is what lets the database start
                // the index scan at the previous page's end instead of filtering every row before it.
                where.add(sort.path + " " + op + "= :afterKey and (" + sort.path + " " + op + " :afterKey or c.id "
                        + op + " :afterId)");
                parameters.put("afterKey", after.keyValue());
            }
            parameters.put("afterId", after.id());
        }
        String direction = sort.descending ? " desc" : " asc";
        String orderBy = sort.path.equals("c.id") ? "c.id" + direction : sort.path + direction + ", c.id" + direction;
        TypedQuery<CaseSummary> query = em.createQuery(
                "select new nz.integrity.investigation.CaseSummary(c.id, c.reference, c.status, c.allegationType, "
                        + "t.code, a.username, c.receivedAt, c.periodFrom, c.periodTo) "
                        + "from InvestigationCase c join c.team t left join c.assignedInvestigator a "
                        + "where " + String.join(" and ", where) + " order by " + orderBy, CaseSummary.class);
        parameters.forEach(query::setParameter);
        List<CaseSummary> rows = query.setMaxResults(size + 1).getResultList();
        boolean more = rows.size() > size;
        List<CaseSummary> page = more ? List.copyOf(rows.subList(0, size)) : List.copyOf(rows);
        audit.record(AuditedAction.of("CASES_SEARCHED", "CASE", null).succeeded()
                .with("filter", filter.toString()).with("sort", sort.name()).with("rows", page.size()));
        return new CasePage(page, more ? Optional.of(CaseCursor.after(sort, page.get(page.size() - 1))) : Optional.empty());
    }

    /** The id the query finds, or -1 (matches nothing) when there is none. */
    private long idOrNone(String jpql, String key) {
        List<Long> ids = em.createQuery(jpql, Long.class).setParameter("key", key).setMaxResults(1).getResultList();
        return ids.isEmpty() ? -1L : ids.get(0);
    }

    private static void addFilters(CaseFilter filter, List<String> where, Map<String, Object> parameters) {
        if (filter.status() != null) {
            where.add("c.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.allegationType() != null) {
            where.add("c.allegationType = :allegation");
            parameters.put("allegation", filter.allegationType());
        }
        if (filter.reference() != null) {
            where.add("c.reference = :reference");
            parameters.put("reference", filter.reference().toUpperCase());
        }
        if (filter.clientNumber() != null) {
            where.add("exists (select s.id from CaseSubject s where s.investigationCase = c and s.client.clientNumber = :client)");
            parameters.put("client", filter.clientNumber());
        }
    }
}
