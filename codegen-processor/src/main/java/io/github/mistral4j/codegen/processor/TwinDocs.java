package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * The Javadoc of an async twin and of its methods, derived from the marked class's: operations link
 * to their blocking method and say what their future completes with; the others repeat it.
 */
final class TwinDocs {
  private static final ClassName MISTRAL_HTTP = ClassName.get("io.github.mistral4j.core", "MistralHttp");
  private static final ClassName CLIENT_OPTIONS = ClassName.get("io.github.mistral4j.core", "ClientOptions");

  private final DocReader docs;

  TwinDocs(DocReader docs) {
    this.docs = docs;
  }

  /**
   * The twin's class comment.
   *
   * @param sync the marked class
   * @return the comment
   */
  CodeBlock type(ClassName sync) {
    return CodeBlock.builder()
        .add("The asynchronous twin of {@link $T}: the same operations, each returning a {@link $T}. Arguments are\n",
            sync, TwinMethods.FUTURE)
        .add("checked on the calling thread, then the request is sent with the JDK client's {@code sendAsync}: no\n")
        .add("thread waits while it is in flight, and retries wait on a scheduler (see {@link $T}); steps run\n",
            MISTRAL_HTTP)
        .add("on the client's async executor ({@link $T#asyncExecutor()}, by default a small pool of its\n",
            CLIENT_OPTIONS)
        .add("{@link $T}). Each operation is the synchronous one's (same preparation, retries, limits, events,\n",
            MISTRAL_HTTP)
        .add("errors); bad arguments complete the future with {@link IllegalArgumentException} or {@link\n")
        .add("NullPointerException}. With a custom {@link $T#feignClient() feignClient}, calls run as blocking\n",
            CLIENT_OPTIONS)
        .add("calls on the async executor instead. Lists complete with an {@link $T}; {@code listAll(...)}\n",
            TwinMethods.ASYNC_PAGE)
        .add("returns an {@link $T} that fetches each page only when the one before has been consumed.\n",
            TwinMethods.ASYNC_AUTO_PAGER)
        .build();
  }

  /**
   * A twin method's comment.
   *
   * @param method the method
   * @return the comment
   * @throws ViewException when the marked class's method lacks a doc comment, a {@code @param} or
   *     (for an operation) a {@code @return}
   */
  CodeBlock method(TwinMethod method) {
    ExecutableElement source = method.source();
    DocText link = new DocText().text("{@link ").append(docs.methodReference(method.owner(), source)).text("}");
    return switch (method.kind()) {
      case CALL, PAGE, AUTO_PAGER, SHORT -> operation(method, link);
      case FACTORY, DERIVED -> copy(method, new DocText().text(" See ").append(link).text("."));
      case SUB_SERVICE, DELEGATE -> copy(method, new DocText());
      case SYNC -> CodeBlock.of("{@return the synchronous client sharing this client's connections and threads}\n");
      case CLOSE -> new DocText().text("Closes this client and its synchronous twin: see ").append(link).text(".")
          .toCodeBlock().toBuilder().add("\n").build();
      case RAW_VIEW -> CodeBlock.builder()
          .add("The operations of this client returning the HTTP response (status, headers, request id, body as\n")
          .add("received) with the model, for example {@code withRawResponse().get(id).requestId()}. Error\n")
          .add("statuses fail the futures with the same exceptions as here.\n\n")
          .add("@return the raw view, which calls this client\n")
          .build();
    };
  }

  private CodeBlock operation(TwinMethod method, DocText link) {
    ExecutableElement source = method.source();
    MethodDoc doc = docs.read(source);
    CodeBlock.Builder javadoc = CodeBlock.builder()
        .add(async(docs.firstSentence(source)).withoutFullStop().text(", asynchronously: see ").append(link).text(".")
            .toCodeBlock())
        .add("\n");
    for (DocText thrown : doc.failures()) {
      javadoc.add("\n<p>Instead of throwing, the future fails with ").add(async(thrown).withoutFullStop().toCodeBlock())
          .add(".\n");
    }
    javadoc.add("\n");
    javadoc.add(doc.paramTags(source, "async twin"));
    DocText returns = doc.returns();
    if (method.operationKind() == TwinMethod.Kind.AUTO_PAGER) {
      javadoc.add("@return a lazy async auto-pager: nothing is fetched before a traversal starts, each page is fetched\n"
          + "    when the items before it have been consumed, each traversal starts again from the first page, and\n"
          + "    bad arguments fail the traversal\n");
    } else if (source.getReturnType().getKind() == TypeKind.VOID) {
      javadoc.add("@return a future completed with {@code null}, or with the exception the call failed with\n");
    } else if (returns == null || returns.isBlank()) {
      throw new ViewException("The doc comment has no @return to derive the async twin's from", source);
    } else {
      javadoc.add("@return a future completed with the result, or with the exception the call failed with: ")
          .add(async(returns).toCodeBlock()).add("\n");
    }
    deprecated(doc, javadoc, method);
    return javadoc.build();
  }

  private CodeBlock copy(TwinMethod method, DocText after) {
    ExecutableElement source = method.source();
    MethodDoc doc = docs.read(source);
    CodeBlock.Builder javadoc = CodeBlock.builder();
    DocText returns = doc.returns();
    if (source.getParameters().isEmpty() && doc.throwsTags().isEmpty() && after.isBlank() && returns != null) {
      return javadoc.add("{@return ").add(returns.toCodeBlock()).add("}\n").build();
    }
    javadoc.add(docs.firstSentence(source).append(after).toCodeBlock()).add("\n\n");
    javadoc.add(doc.paramTags(source, "async twin"));
    if (returns != null && !returns.isBlank()) {
      javadoc.add("@return ").add(returns.toCodeBlock()).add("\n");
    }
    javadoc.add(doc.throwsTagLines());
    deprecated(doc, javadoc, method);
    return javadoc.build();
  }

  /**
   * Copies {@code @deprecated}, its references to the marked class (or to the operations interface
   * declaring the method) pointing at the twin's same method.
   */
  private static void deprecated(MethodDoc doc, CodeBlock.Builder javadoc, TwinMethod method) {
    DocText deprecated = doc.deprecated();
    if (deprecated != null) {
      ClassName twin = TwinMethods.twinName(method.owner());
      ClassName declaring = ClassName.get((TypeElement) method.source().getEnclosingElement());
      DocText retargeted = deprecated.retarget(ClassName.get(method.owner()), twin).retarget(declaring, twin);
      javadoc.add("@deprecated ").add(retargeted.toCodeBlock()).add("\n");
    }
  }

  /** The same text, its references to blocking pages pointing at the async ones. */
  private static DocText async(DocText text) {
    return text.retarget(TwinMethods.PAGE, TwinMethods.ASYNC_PAGE).retarget(TwinMethods.AUTO_PAGER, TwinMethods.ASYNC_AUTO_PAGER);
  }
}
