/** A JavaScript identifier (ASCII only), as generated code may use it unquoted. */
export const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
