/**
 * Words that start a sentence or list item in exports that lost their line breaks
 * ("...intelligentlyWe strongly prefer", "...back-endsDevelopment of"): where one is glued
 * to the word before it, a sentence ends.
 */
export const GLUED_STARTERS = [
  'We', 'You', 'Your', 'Our', 'The', 'This', 'If', 'So', 'Please', 'Applicants', 'Candidates', 'All', 'Not', 'Apply',
  'Experience', 'Strong', 'Solid', 'Proven', 'Demonstrated', 'Familiarity', 'Familiar', 'Knowledge', 'Ability', 'Able',
  'Proficiency', 'Proficient', 'Understanding', 'Excellent', 'Expertise', 'Expert', 'Background', 'Bachelor', 'Degree',
  'Minimum', 'Required', 'Preferred', 'Desired', 'Nice', 'Bonus', 'Pluses', 'Plus', 'Must', 'Ideally',
  'Responsibilities', 'Requirements', 'Qualifications', 'Skills', 'Education', 'Benefits', 'Title', 'Location',
  'Position', 'Job', 'Duration', 'Salary', 'Compensation', 'Description', 'Summary', 'Overview', 'About', 'What', 'Who',
  'Work', 'Working', 'Design', 'Develop', 'Development', 'Help', 'Previously', 'Build', 'Write', 'Collaborate',
  'Participate', 'Deploy', 'Maintain', 'Implement', 'Create', 'Lead', 'Manage', 'Support', 'Ensure', 'Looking',
] as const;
