require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 451
    json message: 'Unavailable For Legal Reasons'
end
