require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 203
    json message: 'Non-Authoritative Information'
end
