// jStat ships no types; recepsim uses one function of it.
declare module 'jstat' {
  const jStat: {
    studentt: {
      /** Quantile of Student's t distribution with `degreesOfFreedom`, at probability `p`. */
      inv(p: number, degreesOfFreedom: number): number;
    };
  };
  export default jStat;
}
