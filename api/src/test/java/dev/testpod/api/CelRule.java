package dev.testpod.api;

import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Map;

/**
 * One CEL expression of an {@code x-kubernetes-validations} entry, compiled and run with cel-java.
 * The API server binds {@code self} to the value of the field that carries the rule. Here an
 * object is a map from property name to value. The standard macros ({@code has}, {@code all}, ...)
 * are on, as there.
 */
final class CelRule {

  private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

  private final String expression;
  private final CelRuntime.Program program;

  private CelRule(String expression, CelRuntime.Program program) {
    this.expression = expression;
    this.program = program;
  }

  /**
   * Type-checks and compiles a {@code rule} for a field of the given OpenAPI type.
   *
   * @throws IllegalArgumentException when the rule does not compile or does not return a bool
   */
  static CelRule compile(String expression, String openApiType) {
    return compile(expression, openApiType, SimpleType.BOOL);
  }

  /**
   * Type-checks and compiles a {@code messageExpression} for a field of the given OpenAPI type.
   *
   * @throws IllegalArgumentException when the expression does not compile or does not return a
   *     string
   */
  static CelRule compileMessage(String expression, String openApiType) {
    return compile(expression, openApiType, SimpleType.STRING);
  }

  boolean accepts(Object self) {
    return (Boolean) evaluate(self);
  }

  String message(Object self) {
    return (String) evaluate(self);
  }

  private Object evaluate(Object self) {
    try {
      return program.eval(Map.of("self", self));
    } catch (CelEvaluationException e) {
      throw new IllegalStateException("CEL expression '" + expression + "' failed on " + self, e);
    }
  }

  private static CelRule compile(String expression, String openApiType, CelType resultType) {
    CelCompiler compiler =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("self", celTypeOf(openApiType))
            .setResultType(resultType)
            .build();
    try {
      return new CelRule(expression, RUNTIME.createProgram(compiler.compile(expression).getAst()));
    } catch (CelValidationException | CelEvaluationException e) {
      throw new IllegalArgumentException("Invalid CEL expression '" + expression + "': " + e.getMessage(), e);
    }
  }

  private static CelType celTypeOf(String openApiType) {
    return switch (openApiType) {
      case "string" -> SimpleType.STRING;
      case "integer" -> SimpleType.INT;
      case "boolean" -> SimpleType.BOOL;
      case "object" -> MapType.create(SimpleType.STRING, SimpleType.DYN);
      default -> throw new IllegalArgumentException("No CEL type for OpenAPI type " + openApiType);
    };
  }
}
