// The Standard Schema v1 interface (https://standardschema.dev, `~standard`), declared here from the spec so that
// the package's types need no dependency; structurally the same as @standard-schema/spec's (test/schema.test.ts
// assigns ours to theirs), so React Hook Form's, TanStack Form's and VeeValidate's resolvers take saisie's schemas.

/** A Standard Schema v1: `~standard.validate(value)` gives the output value or issues. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}

// eslint-disable-next-line @typescript-eslint/no-namespace -- the spec's shape: StandardSchemaV1.Result and so on
export declare namespace StandardSchemaV1 {
  /** The `~standard` properties. */
  export interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown, options?: Options | undefined) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  /** What validate answers. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;
  /** A passing value, as the schema outputs it. */
  export interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  /** Options a caller may pass to validate. */
  export interface Options {
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
  /** A failing value's issues. */
  export interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  /** One issue: its message, and where in the value. */
  export interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  /** A path segment given as an object. */
  export interface PathSegment {
    readonly key: PropertyKey;
  }
  /** The input and output types, for inference only. */
  export interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
}
