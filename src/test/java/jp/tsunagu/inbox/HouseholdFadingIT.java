package jp.tsunagu.inbox;

import java.util.List;
import java.util.Map;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled check of fading households: each household with open needs whose support ties all lapsed is
 * announced once (HOUSEHOLD_FADING), a batch at a time, and again only after its ties were live in between.
 */
class HouseholdFadingIT extends HubIntegrationTest {

	private static final List<String> FADED = List.of("T-FADE-1", "T-FADE-2", "T-FADE-3", "T-FADE-4", "T-FADE-5");

	@Autowired
	private NotificationSchedule schedule;

	@BeforeEach
	void householdsOfOnoHeldAndSupportedByItsCouncil() {
		write("""
				MATCH (o:Organization {name: '小野市社会福祉協議会'}), (need:Need {code: 'isolation'}), (a:Area {code: '282189'})
				UNWIND range(1, 6) AS n
				CREATE (h:Household {id: 'T-FADE-' + n, code: 'T-FADE-' + n, memberCount: 1, createdAt: datetime(),
				                     archived: false})
				CREATE (h)-[:HAS_ISSUE {status: 'OPEN', since: date('2024-01-01')}]->(need)
				CREATE (o)-[:SUPPORTS {since: date('2020-01-01'),
				                       lastContact: CASE WHEN n = 6 THEN date() ELSE date('2024-01-01') END}]->(h)
				CREATE (h)-[:LIVES_IN]->(a)
				CREATE (h)-[:RECORD_HELD_BY]->(o)""");
	}

	@AfterEach
	void removeTheHouseholdsTheirEventsAndTheMarks() {
		write("MATCH (h:Household) WHERE h.id STARTS WITH 'T-FADE-' DETACH DELETE h");
		write("MATCH (e:OutboxEvent {kind: 'HOUSEHOLD_FADING'}) WHERE e.createdAt >= $started DELETE e", "started",
				started());
		write("MATCH (h:Household) WHERE h.fadingAnnouncedOn IS NOT NULL REMOVE h.fadingAnnouncedOn");
	}

	@Test
	void eachFadedHouseholdIsAnnouncedOnceAcrossBatchesAndAgainOnlyAfterItsTiesWereLive() {
		long first = schedule.fading(2).block();
		assertThat(first).isGreaterThanOrEqualTo(FADED.size());
		assertThat(announcements()).containsExactlyInAnyOrderElementsOf(FADED);
		assertThat(count("""
				MATCH (e:OutboxEvent {kind: 'HOUSEHOLD_FADING', householdId: 'T-FADE-1'})
				WHERE e.createdAt >= $started AND any(o IN e.organizationIds WHERE EXISTS {
				  MATCH (:Organization {id: o, name: '小野市社会福祉協議会'}) }) AND '282189' IN e.areaCodes
				RETURN count(e)""", "started", started())).isEqualTo(1);
		// the events of a batch are numbered in order, one after another
		assertThat(count("""
				MATCH (e:OutboxEvent {kind: 'HOUSEHOLD_FADING'}) WHERE e.createdAt >= $started
				RETURN count(e.sequence) - count(DISTINCT e.sequence)""", "started", started())).isZero();

		assertThat(schedule.fading(2).block()).isZero();
		assertThat(announcements()).hasSize(FADED.size());

		write("MATCH (h:Household {id: 'T-FADE-1'})<-[s:SUPPORTS]-() SET s.lastContact = date()");
		assertThat(schedule.fading(2).block()).isZero();
		assertThat(count("MATCH (h:Household {id: 'T-FADE-1'}) WHERE h.fadingAnnouncedOn IS NULL RETURN count(h)"))
			.isEqualTo(1);
		write("MATCH (h:Household {id: 'T-FADE-1'})<-[s:SUPPORTS]-() SET s.lastContact = date('2024-01-01')");
		assertThat(schedule.fading(2).block()).isEqualTo(1);
		assertThat(announcements()).hasSize(FADED.size() + 1).filteredOn("T-FADE-1"::equals).hasSize(2);
	}

	private List<String> announcements() {
		try (var session = driver.session()) {
			return session.run("""
					MATCH (e:OutboxEvent {kind: 'HOUSEHOLD_FADING'})
					WHERE e.createdAt >= $started AND e.householdId STARTS WITH 'T-FADE-'
					RETURN e.householdId AS id""", Map.of("started", started()))
				.list(record -> record.get("id").asString());
		}
	}
}
