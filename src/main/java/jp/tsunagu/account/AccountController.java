package jp.tsunagu.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.organization.OrganizationQueries;
import jp.tsunagu.person.Person;
import jp.tsunagu.person.PersonQueries;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Controller
class AccountController {

	record CreateAccountInput(String username, Role role, String organizationId, String personId) {
	}

	record SetAccountEnabledInput(String username, Boolean enabled) {
	}

	record ResetAccountPasswordInput(String username) {
	}

	record AccountPayload(Account account, String password, List<UserError> errors) {

		static AccountPayload of(AccountService.Created created) {
			return new AccountPayload(created.account(), created.password(), created.errors().list());
		}

		static AccountPayload unknown(String username) {
			return new AccountPayload(null, null, new UserErrors().add("username", "no account " + username).list());
		}
	}

	private final AccountService accounts;

	private final OrganizationQueries organizations;

	private final PersonQueries people;

	AccountController(AccountService accounts, OrganizationQueries organizations, PersonQueries people) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.people = people;
	}

	@QueryMapping
	Caller me(GraphQLContext context) {
		Caller caller = Caller.of(context);
		return caller.isAnonymous() ? null : caller;
	}

	@SchemaMapping(typeName = "Me")
	String roleLabelJa(Caller caller) {
		return caller.role().labelJa();
	}

	@SchemaMapping(typeName = "Me")
	Mono<Organization> organization(Caller caller) {
		return caller.organizationId() == null ? Mono.empty() : organizations.byId(caller.organizationId());
	}

	@SchemaMapping(typeName = "Me")
	Mono<Person> person(Caller caller) {
		return caller.personId() == null ? Mono.empty() : people.byId(caller.personId());
	}

	@QueryMapping
	Mono<Connection<Account>> accounts(@Argument Integer first, @Argument String after) {
		return accounts.list(PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Account")
	String roleLabelJa(Account account) {
		return account.role().labelJa();
	}

	@BatchMapping(typeName = "Account", field = "organization")
	Mono<Map<Account, Organization>> accountOrganizations(List<Account> list) {
		return byAccount(list, Account::organizationId, organizations::byIds, Organization::id);
	}

	@BatchMapping(typeName = "Account", field = "person")
	Mono<Map<Account, Person>> accountPeople(List<Account> list) {
		return byAccount(list, Account::personId, people::byIds, Person::id);
	}

	@MutationMapping
	Mono<AccountPayload> createAccount(@Argument CreateAccountInput input, GraphQLContext context) {
		return accounts.create(new AccountService.NewAccount(input.username(), input.role(), input.organizationId(),
				input.personId()), new AccountService.ChangedBy(Caller.of(context), "createAccount"))
			.map(AccountPayload::of);
	}

	@MutationMapping
	Mono<AccountPayload> setAccountEnabled(@Argument SetAccountEnabledInput input, GraphQLContext context) {
		return accounts.setEnabled(input.username(), Boolean.TRUE.equals(input.enabled()),
				new AccountService.ChangedBy(Caller.of(context), "setAccountEnabled"))
			.map(account -> new AccountPayload(account, null, List.of()))
			.defaultIfEmpty(AccountPayload.unknown(input.username()));
	}

	@MutationMapping
	Mono<AccountPayload> resetAccountPassword(@Argument ResetAccountPasswordInput input, GraphQLContext context) {
		return accounts.resetPasswordOf(input.username(), new AccountService.ChangedBy(Caller.of(context), "resetAccountPassword"))
			.map(AccountPayload::of)
			.switchIfEmpty(Mono.fromSupplier(() -> AccountPayload.unknown(input.username())));
	}

	private static <T> Mono<Map<Account, T>> byAccount(List<Account> list, Function<Account, String> key,
			Function<Collection<String>, Flux<T>> load, Function<T, String> idOf) {
		List<String> ids = list.stream().map(key).filter(Objects::nonNull).distinct().toList();
		return load.apply(ids).collectMap(idOf).map(found -> list.stream()
			.filter(account -> key.apply(account) != null && found.containsKey(key.apply(account)))
			.collect(Collectors.toMap(Function.identity(), account -> found.get(key.apply(account)))));
	}
}
