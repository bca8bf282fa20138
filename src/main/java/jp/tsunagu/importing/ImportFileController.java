package jp.tsunagu.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jp.tsunagu.api.BilingualStatusException;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.NotAllowedException;
import jp.tsunagu.security.Caller;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The upload beside GraphQL, with the same bearer token: templates, a dry run per uploaded file, its report and
 * progress, and the confirm with the coordinator's decisions. Errors are problem+json (400 bad input, 401 without a
 * token, 403 for other roles, 404 for an unknown import).
 */
@RestController
class ImportFileController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final int MAX_BYTES = 50 * 1024 * 1024;

	private final ImportService imports;

	ImportFileController(ImportService imports) {
		this.imports = imports;
	}

	record ConfirmRequest(List<ImportService.RowDecision> decisions) {
	}

	@GetMapping("/imports/templates/{file}")
	Mono<ResponseEntity<byte[]>> template(@PathVariable String file) {
		int dot = file.lastIndexOf('.');
		ImportKind kind = ImportKind.of(dot < 0 ? file : file.substring(0, dot))
			.filter(known -> known != ImportKind.HSDS)
			.orElseThrow(() -> new BilingualStatusException(HttpStatus.NOT_FOUND,
					"テンプレート " + file + " はありません。種別は organizations、people、networks、services、households です",
					"No template " + file + ": kinds are organizations, people, networks, services, households"));
		String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Caller.ofRequest().map(caller -> {
			signedIn(caller);
			byte[] body = switch (extension) {
				case "csv" -> TemplateFiles.csv(kind);
				case "xlsx" -> TemplateFiles.xlsx(kind);
				default -> throw new BilingualStatusException(HttpStatus.NOT_FOUND,
						"テンプレートは .csv か .xlsx です", "Templates are .csv or .xlsx");
			};
			return ResponseEntity.ok()
				.contentType("csv".equals(extension) ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
				.body(body);
		});
	}

	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<ImportJobReport> upload(@RequestPart("file") FilePart file, @RequestPart("kind") String kind,
			@RequestPart(name = "encoding", required = false) String encoding,
			@RequestPart(name = "organizationKind", required = false) String organizationKind) {
		ImportKind importKind = ImportKind.of(kind)
			.orElseThrow(() -> new BilingualStatusException(HttpStatus.BAD_REQUEST,
					"kind が正しくありません（「" + kind + "」）。organizations、people、networks、services、households、hsds のどれかです",
					"kind must be one of organizations, people, networks, services, households, hsds, was \"" + kind + "\""));
		return Caller.ofRequest()
			.zipWith(DataBufferUtils.join(file.content(), MAX_BYTES).map(ImportFileController::bytes))
			.publishOn(Schedulers.boundedElastic())
			.map(both -> answer(() -> importKind == ImportKind.HSDS
					? imports.dryRunHsds(both.getT1(), file.filename(), both.getT2(), organizationKind)
					: imports.dryRun(both.getT1(), importKind, file.filename(), both.getT2(), encoding)))
			.onErrorMap(org.springframework.core.io.buffer.DataBufferLimitException.class,
					tooLarge -> new BilingualStatusException(HttpStatus.CONTENT_TOO_LARGE,
							"取り込めるファイルは 50MB までです", "Files up to 50 MB can be imported"));
	}

	@GetMapping("/imports/{id}")
	Mono<ImportJobReport> job(@PathVariable String id) {
		return Caller.ofRequest().publishOn(Schedulers.boundedElastic()).map(caller -> answer(() -> imports.job(caller, id)));
	}

	@PostMapping("/imports/{id}/confirm")
	Mono<ImportJobReport> confirm(@PathVariable String id, @RequestBody(required = false) Mono<ConfirmRequest> request) {
		return Caller.ofRequest()
			.zipWith(request.defaultIfEmpty(new ConfirmRequest(List.of())))
			.publishOn(Schedulers.boundedElastic())
			.map(both -> answer(() -> imports.confirm(both.getT1(), id,
					both.getT2().decisions() == null ? List.of() : both.getT2().decisions(), null,
					Schedulers.boundedElastic()::schedule)));
	}

	private static void signedIn(Caller caller) {
		if (caller.isAnonymous()) {
			throw new BilingualStatusException(HttpStatus.UNAUTHORIZED, "サインインしてください", "Sign in first");
		}
	}

	private interface Work {
		ImportJobReport run() throws IOException;
	}

	private static ImportJobReport answer(Work work) {
		try {
			return work.run();
		}
		catch (NotAllowedException ex) {
			throw BilingualStatusException.of(ex);
		}
		catch (InvalidArgumentException ex) {
			throw BilingualStatusException.of("id".equals(ex.argument()) && ex.getMessage().startsWith("id: no import")
					? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, ex);
		}
		catch (UnreadableFileException ex) {
			throw new BilingualStatusException(HttpStatus.BAD_REQUEST, "ファイルを読めません: " + ex.reason().japanese(),
					"Cannot read the file: " + ex.reason().english());
		}
		catch (IllegalArgumentException | IOException ex) {
			throw new BilingualStatusException(HttpStatus.BAD_REQUEST, "ファイルを読めません: " + ex.getMessage(),
					"Cannot read the file: " + ex.getMessage());
		}
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}
}
