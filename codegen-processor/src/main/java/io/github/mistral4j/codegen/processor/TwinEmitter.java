package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/** Writes the async twin of a marked class: one method per {@link TwinMethod}. */
final class TwinEmitter {
  private static final ClassName RAW_VIEW = ClassName.get("io.github.mistral4j.core.internal", "RawView");
  private static final ClassName RAW_VIEWS = ClassName.get("io.github.mistral4j.core.internal", "RawViews");
  private static final ClassName LISTING = ClassName.get("io.github.mistral4j.core.internal", "Listing");
  private static final ClassName TRANSPORT = ClassName.get("io.github.mistral4j.core.internal", "MistralTransport");
  private static final Set<String> KEPT = Set.of(Deprecated.class.getName(), Override.class.getName());

  private final TwinMethods methods;
  private final TwinDocs docs;

  TwinEmitter(TwinMethods methods, TwinDocs docs) {
    this.methods = methods;
    this.docs = docs;
  }

  /**
   * The twin of a marked class.
   *
   * @param sync a top-level class marked with the annotation
   * @return the source file of its twin
   * @throws ViewException when a method cannot be twinned or its doc comment lacks a part
   */
  JavaFile emit(TypeElement sync) {
    ClassName syncName = ClassName.get(sync);
    ClassName twinName = TwinMethods.twinName(sync);
    ClassName callsName = TwinMethods.callsName(sync);
    TypeSpec.Builder twin = TypeSpec.classBuilder(twinName)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(sync)
        .addAnnotation(GeneratedSources.generated(AsyncTwinProcessor.class))
        .addAnnotation(RAW_VIEW)
        .addJavadoc(docs.type(syncName))
        .addField(FieldSpec.builder(syncName, "sync", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(callsName, "calls", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(syncName, "sync")
            .addParameter(callsName, "calls")
            .addParameter(TRANSPORT, "transport")
            .addStatement("this.sync = sync")
            .addStatement("this.calls = calls")
            .addStatement("this.transport = transport")
            .build());
    List<TypeElement> operations = methods.operationsInterfaces(sync);
    for (var supertype : sync.getInterfaces()) {
      if (!operations.contains((TypeElement) ((DeclaredType) supertype).asElement())) {
        twin.addSuperinterface(TypeNames.of(supertype));
      }
    }
    for (TwinMethod method : methods.of(sync)) {
      if (method.kind() != TwinMethod.Kind.SYNC || method.source().getModifiers().contains(Modifier.PUBLIC)) {
        twin.addMethod(method(syncName, method));
      }
    }
    return GeneratedSources.file(twin.build(), twinName, syncName, "async twin");
  }

  private MethodSpec method(ClassName syncName, TwinMethod method) {
    ExecutableElement source = method.source();
    String name = method.kind() == TwinMethod.Kind.SYNC ? "sync" : source.getSimpleName().toString();
    MethodSpec.Builder spec = GeneratedSources.mirror(name, source, method.returnType(), KEPT);
    if (method.kind() == TwinMethod.Kind.FACTORY) {
      spec.addModifiers(Modifier.STATIC);
    }
    if (method.kind() == TwinMethod.Kind.FACTORY || method.kind() == TwinMethod.Kind.DERIVED
        || method.kind() == TwinMethod.Kind.DELEGATE) {
      for (var thrown : source.getThrownTypes()) {
        spec.addException(TypeNames.of(thrown));
      }
    }
    return spec.addCode(body(syncName, method, arguments(source))).addJavadoc(docs.method(method)).build();
  }

  private CodeBlock body(ClassName syncName, TwinMethod method, CodeBlock args) {
    String name = method.source().getSimpleName().toString();
    return switch (method.kind()) {
      case CALL -> CodeBlock.of("return transport.runAsync(() -> calls.$L($L));\n", name, args);
      case PAGE -> CodeBlock.of("return $T.pageAsync(transport, () -> calls.$L($L));\n", LISTING, name, args);
      case AUTO_PAGER -> CodeBlock.of("return $T.autoPagerAsync(transport, () -> calls.$L($L));\n", LISTING, name, args);
      case SHORT -> CodeBlock.of("return $L($L);\n", name, withDefaults(args, method));
      case FACTORY -> CodeBlock.of("return $T.$L($L).async();\n", syncName, name, args);
      case DERIVED -> CodeBlock.of("return sync.$L($L).async();\n", name, args);
      case SUB_SERVICE -> CodeBlock.of("return sync.$L().async();\n", name);
      case SYNC -> CodeBlock.of("return sync;\n");
      case CLOSE -> CodeBlock.of("sync.close();\n");
      case RAW_VIEW -> CodeBlock.of("return $T.of($T.class, this);\n", RAW_VIEWS, method.returnType());
      case DELEGATE -> method.source().getReturnType().getKind() == javax.lang.model.type.TypeKind.VOID
          ? CodeBlock.of("sync.$L($L);\n", name, args)
          : CodeBlock.of("return sync.$L($L);\n", name, args);
    };
  }

  /** The short overload's arguments, then the {@code none()} of each parameter its full overload adds. */
  private static CodeBlock withDefaults(CodeBlock args, TwinMethod method) {
    CodeBlock.Builder all = args.toBuilder();
    List<? extends VariableElement> full = Objects.requireNonNull(method.full()).source().getParameters();
    for (VariableElement parameter : full.subList(method.source().getParameters().size(), full.size())) {
      ClassName type = ClassName.get((TypeElement) ((DeclaredType) parameter.asType()).asElement());
      all.add(all.isEmpty() ? "$T.none()" : ", $T.none()", type);
    }
    return all.build();
  }

  private static CodeBlock arguments(ExecutableElement source) {
    List<CodeBlock> names = source.getParameters().stream().map(p -> CodeBlock.of("$L", p.getSimpleName())).toList();
    return CodeBlock.join(names, ", ");
  }
}
