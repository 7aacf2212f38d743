import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint: string;
}

interface ChoiceCardsProps<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** One of a few options, each with a line saying what it means; the whole card selects it. */
export function ChoiceCards<T extends string>({ legend, choices, value, onChange }: ChoiceCardsProps<T>) {
  const name = useId();
  return (
    <fieldset className="choice-cards">
      <legend>{legend}</legend>
      <div className="choice-cards-list">
        {choices.map((choice) => {
          const id = `${name}-${choice.value}`;
          return (
            <label key={choice.value} className="choice-card">
              <input
                type="radio"
                name={name}
                value={choice.value}
                checked={choice.value === value}
                aria-labelledby={`${id}-label`}
                aria-describedby={`${id}-hint`}
                onChange={() => onChange(choice.value)}
              />
              <span id={`${id}-label`} className="choice-card-label">
                {choice.label}
              </span>
              <span id={`${id}-hint`} className="choice-card-hint">
                {choice.hint}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
