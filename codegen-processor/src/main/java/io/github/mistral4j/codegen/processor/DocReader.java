package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import com.sun.source.doctree.DeprecatedTree;
import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReferenceTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.util.DocTreePath;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/**
 * Reads a service method's doc comment (javac's doc tree) into the parts its raw twin repeats.
 * References ({@code {@link}}, {@code @throws}) are resolved where the service declares them and
 * written fully typed, so that they resolve in the generated interface too, whatever it imports.
 */
final class DocReader {
  private final DocTrees trees;
  private final Types types;
  private final String generated;

  /**
   * A reader for one processor.
   *
   * @param trees javac's doc trees
   * @param types javac's type utilities
   * @param generated what the processor generates, for messages ({@code a raw view}, {@code an async twin})
   */
  DocReader(DocTrees trees, Types types, String generated) {
    this.trees = trees;
    this.types = types;
    this.generated = generated;
  }

  /**
   * Reads a method's doc comment.
   *
   * @param method a service method
   * @return its parts
   * @throws ViewException when the method has no doc comment
   */
  MethodDoc read(ExecutableElement method) {
    Renderer renderer = renderer(method);
    DocCommentTree doc = renderer.doc;
    Map<String, DocText> params = new LinkedHashMap<>();
    @Nullable DocText returns = null;
    List<DocText> throwsTags = new ArrayList<>();
    List<DocText> failures = new ArrayList<>();
    @Nullable DocText deprecated = null;
    for (DocTree tag : doc.getBlockTags()) {
      switch (tag.getKind()) {
        case PARAM -> {
          ParamTree param = (ParamTree) tag;
          if (!param.isTypeParameter()) {
            params.put(param.getName().getName().toString(), renderer.render(param.getDescription()));
          }
        }
        case RETURN -> returns = renderer.render(((ReturnTree) tag).getDescription());
        case THROWS, EXCEPTION -> {
          ThrowsTree thrown = (ThrowsTree) tag;
          throwsTags.add(renderer.reference(thrown.getExceptionName()).text(" ").append(renderer.render(thrown.getDescription())));
          failures.add(new DocText().text("{@link ").append(renderer.reference(thrown.getExceptionName())).text("} ")
              .append(renderer.render(thrown.getDescription())));
        }
        case DEPRECATED -> deprecated = renderer.render(((DeprecatedTree) tag).getBody());
        default -> { }
      }
    }
    if (returns == null) {
      for (DocTree tree : doc.getFullBody()) {
        if (tree.getKind() == DocTree.Kind.RETURN) {
          returns = renderer.render(((ReturnTree) tree).getDescription());
        }
      }
    }
    return new MethodDoc(params, returns, throwsTags, deprecated, failures);
  }

  /**
   * Reads the first sentence of a method's doc comment (an inline {@code {@return}} gives its
   * description).
   *
   * @param method a service method
   * @return the sentence, references resolved
   * @throws ViewException when the method has no doc comment
   */
  DocText firstSentence(ExecutableElement method) {
    Renderer renderer = renderer(method);
    return renderer.render(renderer.doc.getFirstSentence());
  }

  /**
   * A link target for a method: its class, name and erased parameter types.
   *
   * @param method the method
   * @return {@code Type#name(Param, ...)}, types imported by JavaPoet
   */
  DocText methodReference(ExecutableElement method) {
    return methodReference((TypeElement) method.getEnclosingElement(), method);
  }

  /**
   * A link target for a method as a member of a type that declares or inherits it.
   *
   * @param owner the type named in the link
   * @param method the method
   * @return {@code Owner#name(Param, ...)}, types imported by JavaPoet
   */
  DocText methodReference(TypeElement owner, ExecutableElement method) {
    String name = method.getKind() == ElementKind.CONSTRUCTOR
        ? owner.getSimpleName().toString()
        : method.getSimpleName().toString();
    DocText text = new DocText().code("$T#$L(", ClassName.get(owner), name);
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement parameter = method.getParameters().get(i);
      text.code(i == 0 ? "$T" : ", $T", TypeName.get(types.erasure(parameter.asType())));
    }
    return text.text(")");
  }

  private Renderer renderer(ExecutableElement method) {
    DocCommentTree doc = trees.getDocCommentTree(method);
    TreePath path = trees.getPath(method);
    if (doc == null || path == null) {
      throw new ViewException("A method mirrored by " + generated + " needs a doc comment", method);
    }
    return new Renderer(path, doc);
  }

  /** Renders doc trees of one comment, resolving its references. */
  private final class Renderer {
    private final TreePath path;
    private final DocCommentTree doc;

    Renderer(TreePath path, DocCommentTree doc) {
      this.path = path;
      this.doc = doc;
    }

    DocText render(List<? extends DocTree> trees) {
      DocText text = new DocText();
      for (DocTree tree : trees) {
        append(text, tree);
      }
      return text;
    }

    private void append(DocText text, DocTree tree) {
      switch (tree.getKind()) {
        case TEXT -> text.text(((TextTree) tree).getBody());
        case LINK, LINK_PLAIN -> {
          LinkTree link = (LinkTree) tree;
          text.text("{@" + link.getTagName() + " ").append(reference(link.getReference()));
          if (!link.getLabel().isEmpty()) {
            text.text(" ").append(render(link.getLabel()));
          }
          text.text("}");
        }
        case CODE, LITERAL -> {
          LiteralTree literal = (LiteralTree) tree;
          text.text("{@" + literal.getTagName() + " " + literal.getBody().getBody().strip() + "}");
        }
        case ENTITY -> text.text("&" + ((EntityTree) tree).getName() + ";");
        case RETURN -> text.append(render(((ReturnTree) tree).getDescription()));
        default -> text.text(tree.toString());
      }
    }

    DocText reference(ReferenceTree reference) {
      DocTreePath referencePath = DocTreePath.getPath(path, doc, reference);
      @Nullable Element target = referencePath == null ? null : trees.getElement(referencePath);
      if (target instanceof TypeElement type) {
        return new DocText().code("$T", ClassName.get(type));
      }
      if (target instanceof ExecutableElement method) {
        return methodReference(method);
      }
      if (target instanceof VariableElement field && field.getEnclosingElement() instanceof TypeElement owner) {
        return new DocText().code("$T#$L", ClassName.get(owner), field.getSimpleName());
      }
      // a package, or a type not generated yet: as written
      return new DocText().text(reference.getSignature());
    }
  }
}
