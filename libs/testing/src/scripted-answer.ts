/**
 * One scripted reply of a port method: the value to resolve with, an `Error` to
 * throw (e.g. a `PortError`), or a function computing either from the call's input.
 */
export type ScriptedAnswer<I, O> = O | Error | ((input: I) => O | Promise<O>);

/** A method's script: one answer for every call, or a list answered call by call. */
export type MethodScript<I, O> = ScriptedAnswer<I, O> | readonly ScriptedAnswer<I, O>[];

/**
 * Turns a script into a port method. A list is consumed in order and a call past its
 * end throws (a test that makes an unplanned call should fail loudly, not reuse a reply).
 */
export function scriptedMethod<I, O>(
  name: string,
  script: MethodScript<I, O>,
): (input: I) => Promise<O> {
  let calls = 0;
  return async (input: I): Promise<O> => {
    calls += 1;
    const answer = isAnswerList(script) ? script[calls - 1] : script;
    if (answer === undefined) {
      throw new Error(
        `No scripted answer left for ${name} (call ${calls}, script has ${calls - 1})`,
      );
    }
    if (answer instanceof Error) throw answer;
    return isAnswerFunction(answer) ? await answer(input) : answer;
  };
}

function isAnswerList<I, O>(script: MethodScript<I, O>): script is readonly ScriptedAnswer<I, O>[] {
  return Array.isArray(script);
}

function isAnswerFunction<I, O>(
  answer: ScriptedAnswer<I, O>,
): answer is (input: I) => O | Promise<O> {
  return typeof answer === 'function';
}
