// Refuses oversized arguments before anything runs: a string or id longer than
// LIMITS.maxStringLength, a list longer than LIMITS.maxListLength, in the query text (a validation
// rule) or in the variables (checked as yoga reads the request). The error quotes only the start
// of the value, so a 1 MB id is never sent back.
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql/index.js';
import { quote } from '../http/responses.ts';
import { LIMITS } from './limits.ts';
import { HTTP_LIMITS } from '../http/limits.ts';

function tooLong(where: string, length: number, value: string): GraphQLError {
  return new GraphQLError(
    `${where}: a string of ${length} characters is over the ${LIMITS.maxStringLength}-character limit (${quote(value)})`,
    { extensions: { code: 'BAD_USER_INPUT', limit: 'maxStringLength' } },
  );
}

function tooMany(where: string, length: number): GraphQLError {
  return new GraphQLError(
    `${where}: a list of ${length} items is over the ${LIMITS.maxListLength}-item limit`,
    {
      extensions: { code: 'BAD_USER_INPUT', limit: 'maxListLength' },
    },
  );
}

/** The validation rule for literals in the query text. */
export function ArgumentSizeRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (node.value.length > LIMITS.maxStringLength) {
        context.reportError(tooLong('A string in the query', node.value.length, node.value));
      }
    },
    ListValue(node) {
      if (node.values.length > LIMITS.maxListLength) {
        context.reportError(tooMany('A list in the query', node.values.length));
      }
    },
  };
}

/**
 * The first oversized value in the variables, as an error naming the variable (answered 400, as
 * graphql-js's own variable errors are); undefined if none.
 */
export function checkVariableSizes(variables: unknown): GraphQLError | undefined {
  const error = firstOversized(variables, '$');
  if (error) Object.assign(error.extensions as Record<string, unknown>, { http: { status: 400 } });
  return error;
}

function firstOversized(variables: unknown, path: string): GraphQLError | undefined {
  if (typeof variables === 'string') {
    return variables.length > LIMITS.maxStringLength
      ? tooLong(`Variable ${path}`, variables.length, variables)
      : undefined;
  }
  if (Array.isArray(variables)) {
    if (variables.length > LIMITS.maxListLength) return tooMany(`Variable ${path}`, variables.length);
    for (const [i, item] of variables.entries()) {
      const error = firstOversized(item, `${path}[${i}]`);
      if (error) return error;
    }
    return undefined;
  }
  if (variables !== null && typeof variables === 'object') {
    for (const [key, value] of Object.entries(variables)) {
      const name =
        key.length > HTTP_LIMITS.quotedValueLength ? `${key.slice(0, HTTP_LIMITS.quotedValueLength)}…` : key;
      const error = firstOversized(value, path === '$' ? `$${name}` : `${path}.${name}`);
      if (error) return error;
    }
  }
  return undefined;
}
