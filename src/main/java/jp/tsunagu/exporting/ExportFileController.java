package jp.tsunagu.exporting;

import java.nio.charset.StandardCharsets;

import jp.tsunagu.api.BilingualStatusException;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.NotAllowedException;
import jp.tsunagu.importing.ImportKind;
import jp.tsunagu.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Downloads with the bearer token: {@code GET /exports/lists/{kind}.csv|.xlsx?area=CODE} and
 * {@code GET /exports/graphs/{format}?area=CODE|network=ID|organization=ID}.
 */
@RestController
class ExportFileController {

	private final ExportService exports;

	ExportFileController(ExportService exports) {
		this.exports = exports;
	}

	@GetMapping("/exports/lists/{file}")
	Mono<ResponseEntity<byte[]>> list(@PathVariable String file, @RequestParam String area) {
		int dot = file.lastIndexOf('.');
		ImportKind kind = ImportKind.of(dot < 0 ? file : file.substring(0, dot))
			.orElseThrow(() -> new BilingualStatusException(HttpStatus.NOT_FOUND,
					"その一覧はありません。一覧は organizations、people、networks、services です",
					"No such list: lists are organizations, people, networks, services"));
		String format = dot < 0 ? "csv" : file.substring(dot + 1);
		return answer(caller -> exports.list(caller, kind, area, format));
	}

	@GetMapping("/exports/graphs/{format}")
	Mono<ResponseEntity<byte[]>> graph(@PathVariable String format,
			@RequestParam(required = false) String area, @RequestParam(required = false) String network,
			@RequestParam(required = false) String organization) {
		GraphFormat graphFormat = GraphFormat.of(format)
			.orElseThrow(() -> new BilingualStatusException(HttpStatus.NOT_FOUND,
					"その形式はありません。形式は gexf、graphml、kumu.xlsx、kumu-elements.csv、kumu-connections.csv です",
					"No such format: graph formats are gexf, graphml, kumu.xlsx, kumu-elements.csv, kumu-connections.csv"));
		return answer(caller -> exports.graph(caller, new ExportService.GraphScope(area, network, organization),
				graphFormat));
	}

	private interface Export {
		ExportFile of(Caller caller);
	}

	private static Mono<ResponseEntity<byte[]>> answer(Export export) {
		return Caller.ofRequest().publishOn(Schedulers.boundedElastic()).map(caller -> {
			try {
				ExportFile file = export.of(caller);
				return ResponseEntity.ok()
					.contentType(MediaType.parseMediaType(file.mediaType()))
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
					.body(file.content());
			}
			catch (NotAllowedException ex) {
				throw BilingualStatusException.of(ex);
			}
			catch (InvalidArgumentException ex) {
				throw BilingualStatusException.of(HttpStatus.BAD_REQUEST, ex);
			}
		});
	}
}
