// Spectral function: report every key of a Schema Object that is neither a JSON Schema 2020-12
// keyword, an OpenAPI 3.1 schema keyword, nor an x- extension. In practice an unknown key is a
// description cut short by an unquoted comma in a YAML flow mapping:
//   { type: integer, description: Steam app id (730 CS2, 252490 Rust). }
// parses as description "Steam app id (730 CS2" plus a key "252490 Rust)." with a null value,
// which JSON Schema (and so the OpenAPI meta-schema) silently ignores.
'use strict';

const KEYWORDS = new Set([
  // core and applicator vocabularies
  '$schema', '$id', '$ref', '$anchor', '$dynamicRef', '$dynamicAnchor', '$vocabulary', '$comment',
  '$defs', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas',
  'prefixItems', 'items', 'contains', 'properties', 'patternProperties', 'additionalProperties',
  'propertyNames', 'unevaluatedItems', 'unevaluatedProperties',
  // validation, format, content and meta-data vocabularies
  'type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum',
  'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems',
  'maxContains', 'minContains', 'maxProperties', 'minProperties', 'required', 'dependentRequired',
  'format', 'contentEncoding', 'contentMediaType', 'contentSchema', 'title', 'description',
  'default', 'deprecated', 'readOnly', 'writeOnly', 'examples',
  // OpenAPI 3.1 base vocabulary
  'discriminator', 'xml', 'externalDocs', 'example',
]);
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMAS = [
  'items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'unevaluatedItems', 'unevaluatedProperties', 'contentSchema',
];

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function check(schema, path, results) {
  if (!isObject(schema)) return;
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key) && !key.startsWith('x-')) {
      results.push({ message: `unknown schema keyword "${key}"`, path: [...path, key] });
    }
  }
  for (const keyword of SCHEMA_MAPS) {
    if (isObject(schema[keyword])) {
      for (const [name, sub] of Object.entries(schema[keyword])) {
        check(sub, [...path, keyword, name], results);
      }
    }
  }
  for (const keyword of SCHEMA_LISTS) {
    if (Array.isArray(schema[keyword])) {
      schema[keyword].forEach((sub, index) => check(sub, [...path, keyword, index], results));
    }
  }
  for (const keyword of SCHEMAS) {
    check(schema[keyword], [...path, keyword], results);
  }
}

module.exports = function schemaKeywords(targetVal, _options, context) {
  const results = [];
  check(targetVal, context.path, results);
  return results;
};
