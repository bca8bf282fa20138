package jp.tsunagu.casework;

import graphql.schema.DataFetchingEnvironment;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.casework.ContactService.AmendContactInput;
import jp.tsunagu.casework.ContactService.ContactPayload;
import jp.tsunagu.casework.ContactService.RecordContactInput;
import jp.tsunagu.casework.ContactService.VoidContactInput;
import jp.tsunagu.household.HouseholdAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class ContactController {

	private final ContactService contacts;

	ContactController(ContactService contacts) {
		this.contacts = contacts;
	}

	@QueryMapping
	Mono<Connection<Contact>> contacts(@Argument String householdId, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		return contacts.log(HouseholdAccess.reading(environment, "edges/node"), householdId,
				PageRequest.of(first, after));
	}

	@MutationMapping
	Mono<ContactPayload> recordContact(@Argument RecordContactInput input, DataFetchingEnvironment environment) {
		return contacts.record(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<ContactPayload> amendContact(@Argument AmendContactInput input, DataFetchingEnvironment environment) {
		return contacts.amend(HouseholdAccess.writing(environment), input);
	}

	@MutationMapping
	Mono<ContactPayload> voidContact(@Argument VoidContactInput input, DataFetchingEnvironment environment) {
		return contacts.voidContact(HouseholdAccess.writing(environment), input);
	}
}
