import { useState } from 'react';

/** The values of a small form's text fields and their errors; changing a field clears its error. */
export function useFields<F extends Record<string, string>>(initial: F) {
  const [values, setValues] = useState<F>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof F, string>>>({});
  const change = (name: keyof F) => (value: string) => {
    setValues((old) => ({ ...old, [name]: value }));
    setErrors((old) => ({ ...old, [name]: undefined }));
  };
  return { values, setValues, errors, setErrors, change };
}
