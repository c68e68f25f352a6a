package io.github.mistral4j.codegen.processor;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeVariableName;
import com.squareup.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import org.jspecify.annotations.Nullable;

/**
 * JavaPoet type names of the service's types, keeping type-use annotations (JSpecify's
 * {@code @Nullable} on a parameter or a type argument), which {@link TypeName#get(TypeMirror)} drops.
 */
final class TypeNames {
  private TypeNames() {}

  /**
   * The type name of a type as written in the service.
   *
   * @param type the type
   * @return its name, with its type-use annotations
   */
  static TypeName of(TypeMirror type) {
    TypeName name = switch (type.getKind()) {
      case DECLARED -> declared((DeclaredType) type);
      case ARRAY -> ArrayTypeName.of(of(((ArrayType) type).getComponentType()));
      case WILDCARD -> wildcard((WildcardType) type);
      case TYPEVAR -> TypeVariableName.get(((TypeVariable) type).asElement().getSimpleName().toString());
      default -> TypeName.get(type);
    };
    List<? extends AnnotationMirror> annotations = type.getAnnotationMirrors();
    return annotations.isEmpty() ? name : name.annotated(annotations.stream().map(AnnotationSpec::get).toList());
  }

  private static TypeName declared(DeclaredType type) {
    ClassName raw = ClassName.get((TypeElement) type.asElement());
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.isEmpty()) {
      return raw;
    }
    return ParameterizedTypeName.get(raw, arguments.stream().map(TypeNames::of).toArray(TypeName[]::new));
  }

  private static TypeName wildcard(WildcardType type) {
    @Nullable TypeMirror upper = type.getExtendsBound();
    @Nullable TypeMirror lower = type.getSuperBound();
    if (lower != null) {
      return WildcardTypeName.supertypeOf(of(lower));
    }
    return WildcardTypeName.subtypeOf(upper == null ? TypeName.OBJECT : of(upper));
  }
}
