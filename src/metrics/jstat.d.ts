// jStat ships no types; these are the functions recepsim uses.
declare module 'jstat' {
  const jStat: {
    studentt: {
      /** Quantile of Student's t distribution with `degreesOfFreedom`, at probability `p`. */
      inv(p: number, degreesOfFreedom: number): number;
    };
    chisquare: {
      /** Quantile of the chi-square distribution with `degreesOfFreedom`, at probability `p`. */
      inv(p: number, degreesOfFreedom: number): number;
      /** P(X ≤ x) for a chi-square variable with `degreesOfFreedom`. */
      cdf(x: number, degreesOfFreedom: number): number;
    };
    normal: {
      /** Quantile of the normal distribution, at probability `p`. */
      inv(p: number, mean: number, sd: number): number;
      /** P(X ≤ x) for a normal variable. */
      cdf(x: number, mean: number, sd: number): number;
    };
  };
  export default jStat;
}
